## Conversation: the screens a user sees, in order.

welcome =
    Hi! I make passport, visa and ID photos that meet the official rules.
    Send me a selfie: face the camera, even light, plain background, no glasses.
    Best quality: send it as a file (📎 → File) so Telegram does not compress it.
welcome-preselected = Selected: { $spec }.
ask-photo = Send me a photo of your face (as a photo, or as a file for best quality).
photo-checking = Checking your photo…
photo-compressed-tip = Tip: Telegram compressed this photo. For the sharpest result, send it as a file next time.

choose-spec =
    Which document is the photo for?
    Tap one, or type a country, a document or a size — e.g. “us passport”, “Germany”, “35x45mm”, “2x2in”.
spec-search-results = Matches for “{ $query }”:
spec-search-none = Nothing matches “{ $query }”. Try a country name, a document (passport, visa, ID card) or a size like 35x45mm.
bg-white = White
bg-light-grey = Light grey
bg-blue = Blue
bg-red = Red
bg-gradient = Blue → white gradient
bg-custom = Other colour…
ask-custom-color = Type a colour as a hex code, e.g. 438EDB. For a top-to-bottom gradient, type two: 438EDB FFFFFF.
custom-color-invalid = “{ $text }” is not a colour code. Use six hex digits, e.g. 438EDB (or two for a gradient).

outfit-own = Keep my clothes
outfit-group-man = Men’s suits
outfit-group-woman = Women’s outfits
outfit-group-child = Children’s outfits
outfit-item = { $group ->
    [man] Man { $number }
    [woman] Woman { $number }
   *[child] Child { $number }
}
outfit-pick = Pick an outfit:

touchup-bright = Brighten: { $level }
touchup-smooth = Smooth skin: { $level }
touchup-thin_face = Slim face: { $level }
touchup-sharp = Sharpen: { $level }
touchup-level = { $level ->
    [0] off
    [1] light
    [2] medium
   *[3] strong
}

choose-paper = Printable sheet: paper size and orientation, the canvas colour, and an optional label or QR code.
paper-6inch = 6″ (4×6 in, 10×15 cm)
paper-5inch = 5″ (3.5×5 in)
paper-a4 = A4
paper-letter = US Letter
paper-horizontal = Landscape
paper-vertical = Portrait
paper-current = ✓ { $label }
sheet-canvas-ffffff = White canvas
sheet-canvas-eeeeee = Light grey canvas
sheet-canvas-ddeeff = Light blue canvas
btn-sheet-label = 🏷 Add a label
btn-sheet-label-set = 🏷 Label: { $text }
btn-sheet-qr = 🔳 Add a QR code
btn-sheet-qr-set = 🔳 QR code ✓
ask-sheet-label = Type the label to print beside the photos (a name, a class…): up to 2 lines of 40 characters.
ask-sheet-qr = Type what the QR code on the sheet should hold: a link or a short text (up to 300 characters).
btn-sheet-label-none = No label
btn-sheet-qr-none = No QR code
sheet-label-invalid = That label does not fit: up to 2 lines of { $chars } characters each.
sheet-qr-invalid = That does not fit in the QR code: type 1 to { $chars } characters.

outfit-none = own clothes
touchups-none = none

btn-change-spec = 📄 Document
btn-change-background = 🎨 Background
btn-change-outfit = 👔 Outfit
btn-change-touchups = ✨ Touch-ups
btn-change-paper = 🖨 Paper
btn-final = ✅ Get the final photo
btn-new-photo = 📷 New photo
btn-retry-preview = 🔁 Try the preview again
btn-back = ← Back
btn-continue = Continue →
btn-another-size = 📐 Another size from this photo
btn-more = More →
btn-prev = ← Previous

final-already-running = Your final photo is already being made — it will arrive in a moment.
preview-already-running = I’m still making your preview — one moment.
final-photo-caption = { $spec } · { $size }
final-failed = { $reason } You have not been charged; tap “Get the final photo” to try again.
final-interrupted = The bot restarted while making your final photo. Tap “Get the final photo” to try again.

## General.
help =
    I turn a selfie into a passport, visa or ID photo and a printable sheet.
    1. Send a photo of your face. 2. Pick the document. 3. Pick background and outfit.
    4. Check the free preview. 5. Get the final photo and the sheet as files.
    Commands: /start — begin, /new — start over with a new photo, /cancel — stop, /deletedata — erase your data, /help — this message.
cancelled = Cancelled. Send /start whenever you need a photo.
nothing-to-cancel = There is nothing to cancel. Send /start to make a photo.
menu-expired = This menu has expired. Send /start to begin again.
menu-not-yours = This menu isn’t yours — send /idphoto to get your own.
tap-a-button = Please tap one of the buttons above (or /cancel to stop).
send-a-photo = Please send a photo of your face — as a photo or as a file.
unsupported-message = I can’t use that. Please send a photo of your face — as a photo or as a file.
session-timed-out = Your photo session ended after a long pause, and your photo was deleted. Send /start to begin again.
error-generic = Sorry, something went wrong on my side. Please try again in a minute, or send /start to begin again.
data-deleted = Done: your photos, sessions and personal data are deleted. Only anonymous usage counts remain.
## Command menu descriptions.
cmd-start = Make a passport, visa or ID photo
cmd-new = Start over with a new photo
cmd-cancel = Stop the current photo
cmd-help = How it works
cmd-deletedata = Erase my photos and data
photo-expired = I no longer have your photo (it is deleted after a while for your privacy). Please send it again.
choose-language = Choose your language:
language-set = Language: { $language }.
cmd-language = Change the language
