## 两步流程的界面（issues #19、#20）：每个界面一条消息，用词通俗。

screens-photo-received = 已收到照片。
screens-previewing = ⏳ 正在生成免费预览…
screens-preview-below = ⬇️ 免费预览在下方。
screens-finalizing = ⏳ 正在制作最终照片和打印排版，稍后将以文件形式发在下方。
screens-preview-caption =
    免费预览（带水印）— { $spec }
    { $size } · 背景：{ $background } · { $outfit } · 修饰：{ $touchups }
screens-final-free = 最终照片和 { $paper } 打印排版均免费。
screens-final-stars = 最终照片和可打印排版：{ $stars } ⭐（Telegram Stars）。如果无法送达，Stars 会自动退还。
screens-finals-left = 最终照片和 { $paper } 打印排版均免费：{ $period ->
        [day] 今天
        [week] 本周
       *[month] 本月
    }还剩 { $left } 张免费照片（共 { $count } 张）。
screens-bg-warning = ⚠️ { $spec } 要求背景为{ $required }：使用此背景的照片可能会被拒收。
screens-choose-background =
    背景选什么颜色？{ $spec } 要求：{ $required }。
    标有 ⚠️ 的颜色不适用于此证件。
btn-bg-ok = ✓ { $color }
btn-bg-warn = ⚠️ { $color }
screens-choose-outfit = 服装？保留自己的衣服，或换上正装。
screens-confirm-final =
    制作最终照片？
    你将收到照片和 { $paper } 打印排版文件（无压缩）。
screens-done = 完成！需要用同一张照片做其他证件吗？会再次从免费预览开始。
