## Photo specifications: document words, titles, the requirements message, custom sizes, diagram.

## Document kinds (used in titles).
specs-doc-passport = 护照
specs-doc-visa = 签证
specs-doc-schengen-visa = 申根签证
specs-doc-evisa = 电子签证
specs-doc-visa-on-arrival = 落地签
specs-doc-id-card = 身份证
specs-doc-internal-passport = 国内护照
specs-doc-residence-permit = 居留许可
specs-doc-green-card = 绿卡
specs-doc-dv-lottery = 绿卡抽签
specs-doc-pr-card = 永久居民卡
specs-doc-oci-card = OCI 卡
specs-doc-citizenship = 入籍
specs-doc-driving-licence = 驾驶证
specs-doc-police-certificate = 无犯罪记录证明
specs-doc-pan-card = PAN 卡
specs-doc-voter-id = 选民证
specs-doc-custom = 自定义尺寸

specs-title = { $country }{ $document }
specs-title-variant = { $country }{ $document }（{ $variant }）
specs-title-custom = 自定义尺寸 { $size }

## Sizes.
specs-size-mm = { $width }×{ $height } mm
specs-size-in = { $width }×{ $height } 英寸
specs-size-px = { $width }×{ $height } 像素

## Background colours.
specs-colour-white = 白色
specs-colour-off-white = 米白色
specs-colour-light-grey = 浅灰色
specs-colour-grey = 灰色
specs-colour-cream = 奶油色
specs-colour-beige = 米色
specs-colour-light-blue = 浅蓝色
specs-colour-blue = 蓝色
specs-colour-red = 红色
specs-colour-other = 自定义颜色

## The requirements message, one line each.
specs-req-size = 📐 { $size }
specs-req-size-digital = 📐 电子照片，{ $size }
specs-req-head = 👤 头部（下巴到头顶）：{ $min }–{ $max } mm
specs-req-head-pct = 👤 头部（下巴到头顶）：占高度的 { $min }–{ $max } %
specs-req-eyes = 👁 眼睛：距底边 { $min }–{ $max } mm
specs-req-head-top = ⬆️ 头顶留白：{ $min }–{ $max } mm
specs-req-background = 🎨 背景：{ $colours }
specs-req-file = 💾 { $format } 文件
specs-req-file-limit = 💾 { $format } 文件，大小符合网上申请的要求
specs-req-rules = 🙂 { $rules }
specs-rule-no-glasses = 不戴眼镜
specs-rule-glasses-clear = 可戴透明眼镜，但眼睛须完全可见
specs-rule-neutral = 表情自然，闭嘴
specs-rule-smile-ok = 可以微笑
specs-rule-recent = 近 { $months } 个月内拍摄

## Warnings shown with a spec.
specs-warning-office-capture = ⚠️ 办理机构可能会在你预约时现场拍照。打印或付费前请先确认。
specs-warning-de-e-photo = ⚠️ 自 2025 年 5 月起，德国护照和身份证照片须在市民办公室拍摄，或由注册摄影师以电子方式发送；不再接受打印的照片。
specs-warning-no-edit = ⚠️ 背景经过编辑或替换的照片会被拒绝。请在纯色浅色墙前自拍，并保留原背景。
specs-warning-photographer = ⚠️ 必须由专业照相馆拍摄，并在照片背面写上照相馆名称和日期。
specs-warning-hijab = ⚠️ 女性须佩戴头巾（希贾布）；整张脸必须保持可见。
specs-warning-size-disputed = ⚠️ 各来源对尺寸说法不一：有的说是 { $size }。请向受理申请的机构确认。

## Custom sizes.
specs-custom-error-format = 无法将“{ $text }”识别为照片尺寸。试试 35x45mm、2x2in 或 600x800px。
specs-custom-error-unit = “{ $text }”是毫米、英寸还是像素？请加上单位，例如 { $example }、2x2in 或 600x800px。
specs-custom-error-mm-range = 每条边必须在 { $min } 到 { $max } mm 之间。
specs-custom-error-px-range = 每条边必须在 { $min } 到 { $max } 像素之间。
specs-custom-error-landscape = 宽度大于高度，而证件照是竖版的。你是想输入 { $suggestion } 吗？
specs-custom-error-ratio = 这个形状太窄，不适合人像照片：宽 ÷ 高必须在 { $min } 到 { $max } 之间。
specs-custom-error-dpi = 分辨率必须在 { $min } 到 { $max } dpi 之间。
specs-custom-error-too-big = 在 { $dpi } dpi 下为 { $width }×{ $height } 像素，超过了 { $max } px 的上限。请使用更低的 dpi。

## Diagram labels.
# Drawn on the diagram PNG with DejaVu Sans, which has no Chinese glyphs: kept in Latin
# script until bot/specs/diagram.py gets a CJK font.
specs-diagram-side = { $value } mm
specs-diagram-side-px = { $value } px
specs-diagram-head = head { $min }–{ $max } mm
specs-diagram-eyes = eyes { $min }–{ $max } mm
specs-diagram-head-pct = head { $min }–{ $max } %
specs-diagram-eyes-pct = eyes { $min }–{ $max } %
