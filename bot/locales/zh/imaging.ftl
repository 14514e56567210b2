# Imaging: checking what users send, checking what PicWish returns, the printable sheet.

## What comes in

imaging-empty = 这个文件是空的（0 字节）。请重新发送照片。

imaging-not-an-image = 这个文件不是我能读取的照片。请发送 JPEG、PNG、WebP、HEIC、BMP 或 TIFF 格式的照片。

imaging-corrupt = 这张照片似乎已损坏或不完整，无法打开。请重新发送，或换一份副本。

imaging-animated = { $kind ->
    [video] 我需要静态照片，而不是视频。请发送一张你的正脸照片。
    [video_note] 我需要静态照片，而不是视频消息。请发送一张你的正脸照片。
    [sticker] 贴纸不能用作证件照。请发送一张你的正脸照片。
   *[animation] 动图不能用作证件照。请发送一张静态照片。
}

imaging-too-big-download = 这个文件有 { NUMBER($size_mb, maximumFractionDigits: 1) } MB，而 Telegram 只允许我下载不超过 { $limit_mb } MB 的文件。请发送更小的文件，或以照片（而非文件）形式发送。

imaging-bomb = 这张图片的像素太多，无法安全打开。请发送相机拍的普通照片，或缩小后的副本。

imaging-too-small = 这张照片只有 { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } 像素，太小了，无法制作证件照。请发送短边至少 { NUMBER($min_side, useGrouping: 0) } 像素的照片。

imaging-low-resolution = 提示：你的照片为 { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } 像素，低于该证件所需的 { NUMBER($need_width, useGrouping: 0) }×{ NUMBER($need_height, useGrouping: 0) } 像素，成品可能不够清晰。想要清晰的效果，请以文件形式发送原图，或重新拍一张。

## What goes out

imaging-result-corrupt = 照片服务返回了损坏的文件。请稍后再试。

imaging-result-wrong-size = 照片服务返回的照片为 { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } 像素，而不是 { NUMBER($expected_width, useGrouping: 0) }×{ NUMBER($expected_height, useGrouping: 0) }，所以我没有发送。请重试。

imaging-file-size-unreachable = 该证件要求文件不超过 { $max_kb } KB，但即使用最低可接受的画质，你的照片也有 { $best_kb } KB。再压缩就不像照片了，所以我没有继续压缩；你可能需要用申请网站推荐的工具来压缩。

## The printable sheet

imaging-sheet-caption-6inch = 共 { $copies } 张，10×15 cm（4×6 英寸）相纸。{ imaging-sheet-print-hint }
imaging-sheet-caption-5inch = 共 { $copies } 张，9×13 cm（3.5×5 英寸）相纸。{ imaging-sheet-print-hint }
imaging-sheet-caption-a4 = 共 { $copies } 张，A4 纸。{ imaging-sheet-print-hint }
imaging-sheet-caption-letter = 共 { $copies } 张，US Letter 纸。{ imaging-sheet-print-hint }
imaging-sheet-print-hint = 请按 100% 比例打印（“实际大小”，不要选“适合页面”），然后沿灰线裁剪。
