# The offline engine (bot/engine/): problems with the face in a photo, and the compliance check
# of finished photos.

## Making the photo

engine-error = 制作照片时出了点问题。请重试，或换一张照片。
engine-unavailable = 由于我们这边的问题，照片制作功能暂时不可用。请稍后再试。
engine-unsupported = 这里无法处理此请求。请重新选择证件。
engine-outfits-need-picwish = 换装仅在在线照片服务中提供，而本机器人未配置该服务。你的照片将保留自己的衣服。

## The face in the photo (checked before anything is charged)

engine-face-problem = 这张照片中的人脸无法使用。请发送一张清晰的单人照片，正视镜头。
engine-no-face = 这张照片中没有找到人脸。请在光线充足的地方正视镜头，发送一张你的正脸照片。
engine-several-faces = 这张照片中有 { $count } 张人脸。证件照只能有一个人：请发送只有你自己的照片，或把其他人裁掉。
engine-face-too-small = 照片中你的脸太小了（高 { $face_px } 像素，至少需要 { $min_px }）。请靠近镜头，或发送一张脸部占比更大的照片。
engine-face-turned = 你的头偏离了镜头。请正对镜头、下巴放平，然后重新拍照。
engine-eyes-closed = 这张照片中你的眼睛似乎是闭着的。请发送一张双眼睁开、看向镜头的照片。

## Compliance check of a finished photo (numbers in millimetres on the printed photo)

engine-check-no-face = 在成品照片中找不到人脸，因此无法按要求进行检查。
engine-check-intro = 提示：我测量了这张照片，它可能不符合该证件的要求：
engine-check-head-height = 头部（下巴到头顶）为 { $measured } mm，应为 { $min }–{ $max } mm。
engine-check-eye-line = 眼睛距底边 { $measured } mm，应为 { $min }–{ $max } mm。
engine-check-head-top = 头顶留白为 { $measured } mm，应为 { $min }–{ $max } mm。
engine-check-face-width = 脸宽为 { $measured } mm，应为 { $min }–{ $max } mm。
engine-check-off-centre = 头部偏离中心 { $offset } mm。
engine-check-tilted = 头部倾斜了 { $degrees }°。
engine-check-background-uneven = 背景不均匀（只有 { $percent } % 是单一纯色）。
engine-check-background-colour = 背景颜色（#{ $found }）不是要求的颜色（#{ $expected }）。
