## The flow's messages when the final is free (the offline engine), and buttons' answers

choose-touchups-free = Retusche (optional, standardmäßig aus). Tippe, um die Stärke zu ändern, dann auf „Weiter“.
btn-confirm-free = ✅ Ja, erstellen

## A button names a document the bot no longer has (an old menu)

spec-unknown = Dieses Dokument ist nicht mehr in der Liste. Bitte wähle noch einmal.
