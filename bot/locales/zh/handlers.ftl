## The flow's messages when the final is free (the offline engine), and buttons' answers

# $spec, $size, $background, $outfit, $touchups, $paper: as in preview-caption
preview-caption-free =
    免费预览（带水印）— { $spec }
    { $size } · 背景 { $background } · { $outfit } · 修饰：{ $touchups }
    最终照片和 { $paper } 打印排版均免费。
choose-touchups-free = 美颜修饰（可选，默认关闭）。点按可调整强度，然后点“继续”。
# $paper: the print sheet's paper
confirm-final-free =
    制作最终照片？免费。
    你将收到照片和 { $paper } 打印排版文件（无压缩）。
btn-confirm-free = ✅ 确认制作

## A button names a document the bot no longer has (an old menu)

spec-unknown = 该证件已不在列表中。请重新选择。
