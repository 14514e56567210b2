# The photo checks (bot/engine/quality.py): will the photo be accepted? One tip per problem.
# Shown after an upload (failures only) and under a preview (warnings and failures).

quality-all-passed = ✅ All photo checks passed.
# $count: problems not listed
quality-more = …and { $count ->
    [one] one more problem
   *[other] { $count } more problems
}
quality-upload-intro = This photo is likely to be rejected:
quality-upload-choice = You can send another photo, or carry on with this one.
# $degrees: how far the head is turned, tilted or rotated
quality-pose-yaw = Your head is turned { $degrees }° to the side: face the camera straight on.
quality-pose-pitch = Your chin is tilted { $degrees }° up or down: keep your head level.
quality-pose-roll = Your head is tilted { $degrees }°: it gets straightened, but hold it upright for the best result.
quality-eyes-open = Your eyes look closed or half closed: keep both eyes fully open.
quality-gaze = You seem to look to the side: look straight into the camera.
quality-mouth-open = Your mouth is open: close it.
quality-expression = This document needs a neutral expression: no smile, mouth closed.
quality-glasses = You seem to wear glasses: make sure there is no glare and the frames don't cover your eyes, or take them off.
quality-glasses-forbidden = Take your glasses off: this document doesn't allow them.
quality-lighting-exposure-low = Your face is too dark: take the photo facing a window or a lamp.
quality-lighting-exposure-high = Your face is too bright: avoid direct sun or flash.
quality-lighting-clipped = Parts of your face are washed out by light: avoid direct sun or flash.
quality-lighting-uneven = One side of your face is in shadow: face the light so both sides are evenly lit.
quality-colour-cast-low = The colours look too blue: take the photo in daylight, not under coloured light.
quality-colour-cast-high = The colours look too green: take the photo in daylight, not under coloured light.
quality-colour-none = The photo looks black and white: ID photos must be in colour.
quality-sharpness = The photo is blurry: hold the camera still, focus on your face and clean the lens.
quality-compression = The photo is heavily compressed (blocky): send the original photo as a file.
quality-resolution = The photo has too few pixels for a sharp result: move closer or use the main camera.
# $percent: share of the face area
quality-leftovers = Bits of the old background may remain around your head or shoulders ({ $percent } %): a plain wall behind you gives a clean result.
