# Imaging: checking what users send, checking what PicWish returns, the printable sheet.
# Used by bot/imaging/. Pixel sizes are passed as plain numbers; they are shown without
# thousands separators (NUMBER(..., useGrouping: 0)) so "8000×6000" reads like a size.

## What comes in

imaging-empty = That file is empty (0 bytes). Please send the photo again.

imaging-not-an-image = That file is not a photo I can read. Please send a JPEG, PNG, WebP, HEIC, BMP or TIFF photo.

imaging-corrupt = That photo looks damaged or incomplete, so I can't open it. Please send it again, or send a different copy.

# $kind: "animation" (animated GIF/WebP/PNG), "video", "sticker", "video_note"
imaging-animated = { $kind ->
    [video] I need a still photo, not a video. Please send a photo of your face.
    [video_note] I need a still photo, not a video message. Please send a photo of your face.
    [sticker] Stickers can't be used for an ID photo. Please send a photo of your face.
   *[animation] Animated images can't be used for an ID photo. Please send a still photo.
}

# $size_mb: the file's size in MB, $limit_mb: Telegram's download limit for bots (20).
imaging-too-big-download = That file is { NUMBER($size_mb, maximumFractionDigits: 1) } MB, and Telegram only lets me download files up to { $limit_mb } MB. Please send a smaller file, or send it as a photo instead of a file.

# Too many pixels to decode safely (a decompression bomb, or a 200-megapixel photo).
imaging-bomb = That image has far too many pixels for me to open safely. Please send a normal photo from your camera, or a smaller copy of it.

# $width, $height: pixels of the photo; $min_side: the smallest short side accepted.
imaging-too-small = That photo is only { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } pixels, too small to make an ID photo from. Please send a photo that is at least { NUMBER($min_side, useGrouping: 0) } pixels on its shorter side.

# A warning, not a refusal. $need_width × $need_height: the spec's pixel size.
imaging-low-resolution = Heads-up: your photo is { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } pixels, less than the { NUMBER($need_width, useGrouping: 0) }×{ NUMBER($need_height, useGrouping: 0) } pixels this document needs, so the result may look soft. For a sharp result, send the original photo as a file, or take a new one.

## What goes out

imaging-result-corrupt = The photo service sent back a damaged file. Please try again in a moment.

imaging-result-wrong-size = The photo service returned a { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } pixel photo instead of { NUMBER($expected_width, useGrouping: 0) }×{ NUMBER($expected_height, useGrouping: 0) }, so I did not send it. Please try again.

# $max_kb: the document's size limit in KB; $best_kb: the smallest file I could make.
imaging-file-size-unreachable = This document needs a file of at most { $max_kb } KB, but even at the lowest acceptable quality your photo is { $best_kb } KB. I have not shrunk it further because it would no longer look like a photo; you may need to compress it with the tool the application website recommends.

## The printable sheet

# One message per paper size; $copies: number of photos on the sheet.
imaging-sheet-caption-6inch = { $copies ->
    [one] One copy
   *[other] { $copies } copies
} on 10×15 cm (4×6 in) photo paper. { imaging-sheet-print-hint }
imaging-sheet-caption-5inch = { $copies ->
    [one] One copy
   *[other] { $copies } copies
} on 9×13 cm (3.5×5 in) photo paper. { imaging-sheet-print-hint }
imaging-sheet-caption-a4 = { $copies ->
    [one] One copy
   *[other] { $copies } copies
} on A4 paper. { imaging-sheet-print-hint }
imaging-sheet-caption-letter = { $copies ->
    [one] One copy
   *[other] { $copies } copies
} on US Letter paper. { imaging-sheet-print-hint }
imaging-sheet-print-hint = Print at 100 % ("actual size", not "fit to page"), then cut along the grey lines.
