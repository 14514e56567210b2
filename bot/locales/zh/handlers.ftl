## The flow's messages when the final is free (the offline engine), and buttons' answers

choose-touchups-free = 美颜修饰（可选，默认关闭）。点按可调整强度，然后点“继续”。
btn-confirm-free = ✅ 确认制作

## A button names a document the bot no longer has (an old menu)

spec-unknown = 该证件已不在列表中。请重新选择。
