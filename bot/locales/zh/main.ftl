## Conversation: the screens a user sees, in order.

welcome =
    你好！我可以制作符合官方要求的护照、签证和证件照。
    请发一张自拍：正对镜头，光线均匀，背景纯色，不戴眼镜。
    想要最佳画质，请以文件形式发送（📎 → 文件），这样 Telegram 不会压缩照片。
welcome-preselected = 已选择：{ $spec }。
ask-photo = 请发送一张你的正脸照片（直接发照片，或以文件发送以获得最佳画质）。
photo-checking = 正在检查照片…
photo-compressed-tip = 提示：Telegram 压缩了这张照片。下次以文件形式发送，效果会更清晰。

choose-spec =
    这张照片用于哪种证件？
    点选一项，或输入国家、证件或尺寸，例如“美国护照”“德国”“35x45mm”“2x2in”。
spec-search-results = “{ $query }”的搜索结果：
spec-search-none = 没有与“{ $query }”匹配的结果。请输入国家名称、证件类型（护照、签证、身份证）或尺寸，如 35x45mm。
bg-white = 白色
bg-light-grey = 浅灰色
bg-blue = 蓝色
bg-red = 红色
bg-gradient = 蓝 → 白渐变
bg-custom = 其他颜色…
ask-custom-color = 请输入十六进制颜色代码，例如 438EDB。如需从上到下的渐变，请输入两个：438EDB FFFFFF。
custom-color-invalid = “{ $text }”不是颜色代码。请使用六位十六进制数字，例如 438EDB（渐变可输入两个）。

outfit-own = 保留我的衣服
outfit-group-man = 男士西装
outfit-group-woman = 女士服装
outfit-group-child = 儿童服装
outfit-item = { $group ->
    [man] 男装 { $number }
    [woman] 女装 { $number }
   *[child] 童装 { $number }
}
outfit-pick = 选择一套服装：

touchup-bright = 提亮：{ $level }
touchup-smooth = 磨皮：{ $level }
touchup-thin_face = 瘦脸：{ $level }
touchup-sharp = 锐化：{ $level }
touchup-level = { $level ->
    [0] 关
    [1] 轻度
    [2] 中度
   *[3] 强
}

choose-paper = 打印排版：纸张尺寸和方向、纸张颜色，以及可选的文字标签或二维码。
paper-6inch = 6 寸（4×6 英寸，10×15 cm）
paper-5inch = 5 寸（3.5×5 英寸）
paper-a4 = A4
paper-letter = US Letter
paper-horizontal = 横向
paper-vertical = 纵向
paper-current = ✓ { $label }
sheet-canvas-ffffff = 白色纸张
sheet-canvas-eeeeee = 浅灰色纸张
sheet-canvas-ddeeff = 浅蓝色纸张
btn-sheet-label = 🏷 添加文字标签
btn-sheet-label-set = 🏷 标签：{ $text }
btn-sheet-qr = 🔳 添加二维码
btn-sheet-qr-set = 🔳 二维码 ✓
ask-sheet-label = 请输入印在照片旁的文字（姓名、班级等）：最多 2 行，每行 40 个字符。
ask-sheet-qr = 请输入二维码的内容：链接或一段短文字（最多 300 个字符）。
btn-sheet-label-none = 不要标签
btn-sheet-qr-none = 不要二维码
sheet-label-invalid = 标签太长：最多 2 行，每行 { $chars } 个字符。
sheet-qr-invalid = 二维码放不下：请输入 1 到 { $chars } 个字符。

outfit-none = 自己的衣服
touchups-none = 无

btn-change-spec = 📄 证件
btn-change-background = 🎨 背景
btn-change-outfit = 👔 服装
btn-change-touchups = ✨ 美颜
btn-change-paper = 🖨 纸张
btn-final = ✅ 获取最终照片
btn-new-photo = 📷 换一张照片
btn-retry-preview = 🔁 重新生成预览
btn-back = ← 返回
btn-continue = 继续 →
btn-another-size = 📐 用这张照片做其他尺寸
btn-more = 更多 →
btn-prev = ← 上一页

final-already-running = 最终照片正在制作中，马上就好。
preview-already-running = 预览还在生成中，请稍候。
final-photo-caption = { $spec } · { $size }
final-failed = { $reason } 未扣除费用；点“获取最终照片”即可重试。
final-interrupted = 制作最终照片时机器人重启了。点“获取最终照片”即可重试。

## General.
help =
    我能把自拍变成护照、签证或证件照，并生成打印排版。
    1. 发送一张正脸照片。2. 选择证件。3. 选择背景和服装。
    4. 查看免费预览。5. 以文件形式获取最终照片和打印排版。
    命令：/start — 开始，/new — 用新照片重新开始，/cancel — 停止，/deletedata — 删除你的数据，/help — 查看本说明。
cancelled = 已取消。需要照片时随时发送 /start。
nothing-to-cancel = 没有可取消的操作。发送 /start 开始制作照片。
menu-expired = 此菜单已过期。发送 /start 重新开始。
menu-not-yours = 这不是你的菜单——发送 /idphoto 获取你自己的菜单。
tap-a-button = 请点按上方的按钮（或发送 /cancel 停止）。
send-a-photo = 请发送一张你的正脸照片——直接发照片或以文件发送均可。
unsupported-message = 这个我用不了。请发送一张你的正脸照片——直接发照片或以文件发送均可。
session-timed-out = 由于长时间未操作，本次会话已结束，你的照片已删除。发送 /start 重新开始。
error-generic = 抱歉，我这边出了点问题。请一分钟后再试，或发送 /start 重新开始。
data-deleted = 完成：你的照片、会话和个人数据均已删除，仅保留匿名的使用计数。
## Command menu descriptions.
cmd-start = 制作护照、签证或证件照
cmd-new = 用新照片重新开始
cmd-cancel = 停止当前照片
cmd-help = 使用说明
cmd-deletedata = 删除我的照片和数据
photo-expired = 我这里已没有你的照片（为保护隐私，照片会在一段时间后删除）。请重新发送。

## Language.
choose-language = 选择你的语言：
language-set = 语言：{ $language }。
cmd-language = 更改语言
