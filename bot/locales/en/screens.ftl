## Screens of the two-tap flow (issues #19, #20): one message per screen, plain words.

screens-photo-received = Got your photo.
# The working screen while the free preview is made (the document's diagram, then the preview)
screens-previewing = ⏳ Making your free preview…
screens-preview-below = ⬇️ Your free preview is below.
# The preview's caption while the final is made; the files come below it
screens-finalizing = ⏳ Making your final photo and the printable sheet — they arrive below as files.
# $spec: the document; $size: its size; $background: a colour name; $outfit; $touchups
screens-preview-caption =
    Free preview (watermarked) — { $spec }
    { $size } · background: { $background } · { $outfit } · touch-ups: { $touchups }
# $paper: the print sheet's paper
screens-final-free = The final photo and a printable { $paper } sheet are free.
# $left of $count free final photos remain in this $period (a quota applies)
# $stars: the final's price in Telegram Stars (the payment is the confirmation)
screens-final-stars = The final photo and a printable sheet: { $stars } ⭐ (Telegram Stars). If they cannot be delivered, your Stars come back automatically.
screens-finals-left = The final photo and a printable { $paper } sheet are free: { $left } of { $count } free photos left { $period ->
        [day] today
        [week] this week
       *[month] this month
    }.
# $spec: the document; $required: the colour it asks for
screens-bg-warning = ⚠️ { $spec } asks for { $required }: a photo with this background may be refused.
screens-choose-background =
    Background colour? { $spec } needs { $required }.
    Colours marked ⚠️ are not accepted for this document.
btn-bg-ok = ✓ { $color }
btn-bg-warn = ⚠️ { $color }
screens-choose-outfit = Outfit? Keep your own clothes, or put on a formal outfit.
# $paper: the print sheet's paper (a paid final: the payment confirms it)
screens-confirm-final =
    Make the final photo?
    You will get the photo and a printable { $paper } sheet as files (no compression).
screens-done = Done! Need another document from the same photo? It starts with a free preview again.
