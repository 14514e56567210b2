## The flow's messages when the final is free (the offline engine), and buttons' answers

# $spec, $size, $background, $outfit, $touchups, $paper: as in preview-caption
preview-caption-free =
    Aperçu gratuit (avec filigrane) — { $spec }
    { $size } · fond { $background } · { $outfit } · retouches : { $touchups }
    La photo finale et une planche { $paper } à imprimer sont gratuites.
choose-touchups-free = Retouches (facultatives, désactivées par défaut). Touchez pour changer l’intensité, puis Continuer.
# $paper: the print sheet's paper
confirm-final-free =
    Créer la photo finale ? C’est gratuit.
    Vous recevrez la photo et une planche { $paper } à imprimer en fichiers (sans compression).
btn-confirm-free = ✅ Oui, la créer

## A button names a document the bot no longer has (an old menu)

spec-unknown = Ce document n’est plus dans la liste. Choisissez-en un à nouveau.
