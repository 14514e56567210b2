## The flow's messages when the final is free (the offline engine), and buttons' answers

# $spec, $size, $background, $outfit, $touchups, $paper: as in preview-caption
preview-caption-free =
    Kostenlose Vorschau (mit Wasserzeichen) – { $spec }
    { $size } · Hintergrund { $background } · { $outfit } · Retusche: { $touchups }
    Das fertige Foto und ein Druckbogen ({ $paper }) sind kostenlos.
choose-touchups-free = Retusche (optional, standardmäßig aus). Tippe, um die Stärke zu ändern, dann auf „Weiter“.
# $paper: the print sheet's paper
confirm-final-free =
    Das fertige Foto erstellen? Es ist kostenlos.
    Du bekommst das Foto und einen Druckbogen ({ $paper }) als Dateien (ohne Komprimierung).
btn-confirm-free = ✅ Ja, erstellen

## A button names a document the bot no longer has (an old menu)

spec-unknown = Dieses Dokument ist nicht mehr in der Liste. Bitte wähle noch einmal.
