## The flow's messages when the final is free (the offline engine), and buttons' answers

choose-touchups-free = Retouches (facultatives, désactivées par défaut). Touchez pour changer l’intensité, puis Continuer.
btn-confirm-free = ✅ Oui, la créer

## A button names a document the bot no longer has (an old menu)

spec-unknown = Ce document n’est plus dans la liste. Choisissez-en un à nouveau.
