## The flow's messages when the final is free (the offline engine), and buttons' answers

# $spec, $size, $background, $outfit, $touchups, $paper: as in preview-caption
preview-caption-free =
    Free preview (watermarked) — { $spec }
    { $size } · background { $background } · { $outfit } · touch-ups: { $touchups }
    The final photo and a printable { $paper } sheet are free.
choose-touchups-free = Touch-ups (optional, off by default). Tap to change the strength, then Continue.
# $paper: the print sheet's paper
confirm-final-free =
    Make the final photo? It is free.
    You will get the photo and a printable { $paper } sheet as files (no compression).
btn-confirm-free = ✅ Yes, make it

## A button names a document the bot no longer has (an old menu)

spec-unknown = That document is no longer in the list. Please choose one again.
