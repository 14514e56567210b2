## The flow's messages when the final is free (the offline engine), and buttons' answers

choose-touchups-free = Touch-ups (optional, off by default). Tap to change the strength, then Continue.
btn-confirm-free = ✅ Yes, make it

## A button names a document the bot no longer has (an old menu)

spec-unknown = That document is no longer in the list. Please choose one again.
