# The offline engine (bot/engine/): problems with the face in a photo, and the compliance check
# of finished photos.

## Making the photo

engine-error = Un problème est survenu pendant la création de votre photo. Réessayez, ou envoyez une autre photo.
engine-unavailable = Le créateur de photos est indisponible pour le moment à cause d’un problème de notre côté. Réessayez plus tard.
engine-unsupported = Cette demande ne peut pas être traitée ici. Choisissez à nouveau le document.
engine-outfits-need-picwish = Les tenues ne sont disponibles qu’avec le service photo en ligne, qui n’est pas configuré sur ce bot. Votre photo garde vos propres vêtements.

## The face in the photo (checked before anything is charged)

engine-face-problem = Je ne peux pas utiliser le visage de cette photo. Envoyez une photo nette d’une seule personne qui regarde droit vers l’objectif.
engine-no-face = Je n’ai trouvé aucun visage sur cette photo. Envoyez une photo de votre visage, face à l’objectif, bien éclairée.
engine-several-faces = J’ai trouvé { $count ->
        [one] { $count } visage
       *[other] { $count } visages
    } sur cette photo. Une photo d’identité ne montre qu’une seule personne : envoyez une photo de vous seul, ou recadrez pour retirer les autres.
engine-face-too-small = Votre visage est trop petit sur cette photo ({ $face_px } pixels de haut ; il m’en faut au moins { $min_px }). Rapprochez-vous de l’objectif ou envoyez une photo où votre visage occupe plus de place.
engine-face-turned = Votre tête est tournée. Regardez bien l’objectif, le menton droit, et reprenez la photo.
engine-eyes-closed = Vos yeux semblent fermés sur cette photo. Envoyez une photo avec les deux yeux ouverts, en regardant l’objectif.

## Compliance check of a finished photo (numbers in millimetres on the printed photo)

engine-check-no-face = Je n’ai pas trouvé le visage sur la photo finale, je n’ai donc pas pu vérifier sa conformité.
engine-check-intro = Attention : j’ai mesuré cette photo et elle pourrait ne pas respecter les règles de ce document :
engine-check-head-height = La tête (du menton au sommet du crâne) mesure { $measured } mm ; il faudrait { $min }–{ $max } mm.
engine-check-eye-line = Les yeux sont à { $measured } mm du bord inférieur ; il faudrait { $min }–{ $max } mm.
engine-check-head-top = L’espace au-dessus de la tête est de { $measured } mm ; il faudrait { $min }–{ $max } mm.
engine-check-face-width = Le visage mesure { $measured } mm de large ; il faudrait { $min }–{ $max } mm.
engine-check-off-centre = La tête est décentrée de { $offset } mm.
engine-check-tilted = La tête est inclinée de { $degrees }°.
engine-check-background-uneven = Le fond n’est pas uniforme (seulement { $percent } % est d’une seule couleur unie).
engine-check-background-colour = La couleur du fond (#{ $found }) n’est pas celle exigée (#{ $expected }).
