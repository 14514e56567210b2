# The offline engine (bot/engine/): problems with the face in a photo, and the compliance check
# of finished photos. Ids match bot/engine/errors.py and bot/engine/measure.py.

## Making the photo

engine-error = Something went wrong while making your photo. Please try again, or send another photo.
engine-unavailable = The photo maker isn't available at the moment because of a problem on our side. Please try again later.
engine-unsupported = This request can't be made here. Please pick the document again.
engine-outfits-need-picwish = Outfits are only available with the online photo service, which isn't set up on this bot. Your photo keeps your own clothes.

## The face in the photo (checked before anything is charged)

engine-face-problem = I can't use the face in this photo. Please send a clear photo of one person looking straight at the camera.
engine-no-face = I couldn't find a face in this photo. Please send a photo of your face, looking straight at the camera, in good light.
# $count: the number of faces found (2 or more)
engine-several-faces = I found { $count } faces in this photo. An ID photo shows one person only: please send a photo of just you, or crop the others out.
# $face_px: height of the face in pixels; $min_px: the least I need
engine-face-too-small = Your face is too small in this photo ({ $face_px } pixels tall; I need at least { $min_px }). Please move closer to the camera or send a photo where your face fills more of the picture.
# $yaw: degrees turned sideways; $pitch: degrees tilted up or down
engine-face-turned = Your head is turned away from the camera. Please face the camera directly, with your chin level, and take the photo again.
engine-eyes-closed = Your eyes look closed in this photo. Please send a photo with both eyes open, looking at the camera.

## Compliance check of a finished photo (numbers in millimetres on the printed photo)

engine-check-no-face = I couldn't find the face in the finished photo, so I couldn't check it against the rules.
engine-check-intro = Heads-up: I measured this photo and it may not meet the rules for this document:
# $measured, $min, $max: millimetres
engine-check-head-height = The head (chin to top of head) is { $measured } mm; it should be { $min }–{ $max } mm.
engine-check-eye-line = The eyes are { $measured } mm above the bottom edge; they should be { $min }–{ $max } mm.
engine-check-head-top = The space above the head is { $measured } mm; it should be { $min }–{ $max } mm.
engine-check-face-width = The face is { $measured } mm wide; it should be { $min }–{ $max } mm.
# $offset: millimetres from the centre line
engine-check-off-centre = The head is { $offset } mm off centre.
# $degrees: head tilt
engine-check-tilted = The head is tilted by { $degrees }°.
# $percent: share of the background that is one even colour
engine-check-background-uneven = The background isn't even (only { $percent } % of it is one plain colour).
# $found, $expected: colours as RRGGBB
engine-check-background-colour = The background colour (#{ $found }) isn't the one required (#{ $expected }).
