# PicWish (ID photo service) errors, shown to the user.

picwish-error = 制作照片时出了点问题。请一分钟后再试。
picwish-bad-setting = 设置“{ $field }”无效（可选值：{ $allowed }）。请换一个值。
picwish-no-image = 请先发送一张照片。
picwish-image-too-large = 这张照片有 { $size_mb } MB，上限为 { $limit_mb } MB。请发送更小的照片，或以压缩形式发送（作为照片而非文件）。
picwish-image-too-many-pixels = 这张照片为 { $width }×{ $height } 像素，上限为 { $limit }×{ $limit }。请发送更小的照片。
picwish-image-unsupported = 我无法使用这种文件。请发送 JPG、PNG、WEBP、BMP 或 TIFF 格式的照片。
picwish-invalid-image = 我无法将其识别为照片。请发送一张清晰的照片：只有一张脸，看向镜头。
picwish-task-failed = 照片服务无法处理这张照片（代码 { $state }）。请换一张试试：单人、正对镜头、光线均匀。未扣除费用。
picwish-timeout = 照片服务目前响应太慢。请一分钟后再试。未扣除费用。
picwish-outcome-unknown = 照片服务处理你的照片时，我与它失去了联系。请等一分钟再重试。
picwish-busy = 照片服务目前繁忙。请一分钟后再试。
picwish-unreachable = 目前无法连接照片服务。请几分钟后再试。
picwish-unavailable = 由于我们这边的问题，照片服务暂时不可用。请稍后再试。
picwish-rejected = 照片服务未接受此请求。请换一张照片或更改设置。
picwish-last-id-expired = 照片服务已不再保存你之前的照片。请重新发送。
picwish-download-failed = 照片已制作完成，但我没能及时下载。请重试。
