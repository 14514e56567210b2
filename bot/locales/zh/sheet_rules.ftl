# The print sheet's label and QR code: what cannot be printed (bot/imaging/sheet_extras.py).
sheet-label-invisible = 这个标签打印出来是空白的：请输入文字或数字。
sheet-qr-too-dense = 这个二维码打印出来太小，手机扫不出来。请控制在约 { $chars } 个字符以内，短链接最合适。
