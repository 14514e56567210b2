# PicWish (ID photo service) errors, shown to the user. Ids match bot/picwish/errors.py.

picwish-error = Something went wrong while making your photo. Please try again in a minute.
picwish-bad-setting = The “{ $field }” setting isn't valid (allowed: { $allowed }). Please pick another value.
picwish-no-image = Please send me a photo first.
picwish-image-too-large = This photo is { $size_mb } MB; the limit is { $limit_mb } MB. Please send a smaller photo, or send it compressed (as a photo, not as a file).
picwish-image-too-many-pixels = This photo is { $width }×{ $height } pixels; the limit is { $limit }×{ $limit }. Please send a smaller photo.
picwish-image-unsupported = I can't use this kind of file. Please send a JPG, PNG, WEBP, BMP or TIFF photo.
picwish-invalid-image = I couldn't read this as a photo. Please send a clear photo that shows one face, looking at the camera.
picwish-task-failed = The photo service couldn't process this photo (code { $state }). Please try another photo: one person, facing the camera, in even light. You weren't charged.
picwish-timeout = The photo service is taking too long right now. Please try again in a minute. You weren't charged.
picwish-outcome-unknown = I lost contact with the photo service while it was working on your photo. Please wait a minute before trying again.
picwish-busy = The photo service is busy right now. Please try again in a minute.
picwish-unreachable = I can't reach the photo service right now. Please try again in a few minutes.
picwish-unavailable = The photo service isn't available at the moment because of a problem on our side. Please try again later.
picwish-rejected = The photo service didn't accept this request. Please try another photo or different settings.
picwish-last-id-expired = Your earlier photo is no longer stored by the photo service. Please send it again.
picwish-download-failed = Your photo was made, but I couldn't download it in time. Please try again.
