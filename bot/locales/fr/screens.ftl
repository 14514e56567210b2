## Écrans du parcours en deux touches (issues #19, #20) : un message par écran, des mots simples.

screens-photo-received = Photo reçue.
screens-previewing = ⏳ Création de votre aperçu gratuit…
screens-preview-below = ⬇️ Votre aperçu gratuit est ci-dessous.
screens-finalizing = ⏳ Création de votre photo finale et de la planche à imprimer — elles arrivent ci-dessous en fichiers.
screens-preview-caption =
    Aperçu gratuit (avec filigrane) — { $spec }
    { $size } · fond : { $background } · { $outfit } · retouches : { $touchups }
screens-final-free = La photo finale et une planche { $paper } à imprimer sont gratuites.
screens-final-stars = La photo finale et une planche à imprimer : { $stars } ⭐ (Telegram Stars). Si elles ne peuvent pas être livrées, vos Stars vous sont rendues automatiquement.
screens-finals-left = La photo finale et une planche { $paper } à imprimer sont gratuites : il vous reste { $left } photos gratuites sur { $count } { $period ->
        [day] aujourd’hui
        [week] cette semaine
       *[month] ce mois-ci
    }.
screens-bg-warning = ⚠️ { $spec } exige un fond { $required } : une photo avec ce fond risque d’être refusée.
screens-choose-background =
    Couleur du fond ? { $spec } exige : { $required }.
    Les couleurs marquées ⚠️ ne sont pas acceptées pour ce document.
btn-bg-ok = ✓ { $color }
btn-bg-warn = ⚠️ { $color }
screens-choose-outfit = Tenue ? Gardez vos vêtements, ou choisissez une tenue habillée.
screens-confirm-final =
    Créer la photo finale ?
    Vous recevrez la photo et une planche { $paper } à imprimer en fichiers (sans compression).
screens-done = C’est fait ! Besoin d’un autre document avec la même photo ? On repart d’un aperçu gratuit.
