# Imaging: checking what users send, checking what PicWish returns, the printable sheet.

## What comes in

imaging-empty = Ce fichier est vide (0 octet). Envoyez à nouveau la photo.

imaging-not-an-image = Ce fichier n’est pas une photo que je sais lire. Envoyez une photo JPEG, PNG, WebP, HEIC, BMP ou TIFF.

imaging-corrupt = Cette photo semble endommagée ou incomplète, je ne peux pas l’ouvrir. Renvoyez-la, ou envoyez-en une autre copie.

imaging-animated = { $kind ->
    [video] J’ai besoin d’une photo fixe, pas d’une vidéo. Envoyez une photo de votre visage.
    [video_note] J’ai besoin d’une photo fixe, pas d’un message vidéo. Envoyez une photo de votre visage.
    [sticker] Un sticker ne convient pas pour une photo d’identité. Envoyez une photo de votre visage.
   *[animation] Une image animée ne convient pas pour une photo d’identité. Envoyez une photo fixe.
}

imaging-too-big-download = Ce fichier fait { NUMBER($size_mb, maximumFractionDigits: 1) } MB, et Telegram ne me laisse télécharger que des fichiers de { $limit_mb } MB maximum. Envoyez un fichier plus léger, ou envoyez-le en photo plutôt qu’en fichier.

imaging-bomb = Cette image contient beaucoup trop de pixels pour que je l’ouvre sans risque. Envoyez une photo normale prise avec votre appareil, ou une copie plus petite.

imaging-too-small = Cette photo ne fait que { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } pixels, trop peu pour une photo d’identité. Envoyez une photo d’au moins { NUMBER($min_side, useGrouping: 0) } pixels sur son petit côté.

imaging-low-resolution = Attention : votre photo fait { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } pixels, moins que les { NUMBER($need_width, useGrouping: 0) }×{ NUMBER($need_height, useGrouping: 0) } pixels requis pour ce document ; le résultat risque d’être flou. Pour un résultat net, envoyez la photo d’origine en fichier, ou prenez-en une nouvelle.

## What goes out

imaging-result-corrupt = Le service photo a renvoyé un fichier endommagé. Réessayez dans un instant.

imaging-result-wrong-size = Le service photo a renvoyé une photo de { NUMBER($width, useGrouping: 0) }×{ NUMBER($height, useGrouping: 0) } pixels au lieu de { NUMBER($expected_width, useGrouping: 0) }×{ NUMBER($expected_height, useGrouping: 0) }, je ne l’ai donc pas envoyée. Réessayez.

imaging-file-size-unreachable = Ce document exige un fichier de { $max_kb } KB maximum, mais même à la qualité minimale acceptable, votre photo fait { $best_kb } KB. Je ne l’ai pas réduite davantage, car elle ne ressemblerait plus à une photo ; vous devrez peut-être la compresser avec l’outil recommandé par le site de la demande.

## The printable sheet

imaging-sheet-caption-6inch = { $copies ->
    [one] { $copies } exemplaire
   *[other] { $copies } exemplaires
} sur papier photo 10×15 cm (4×6 pouces). { imaging-sheet-print-hint }
imaging-sheet-caption-5inch = { $copies ->
    [one] { $copies } exemplaire
   *[other] { $copies } exemplaires
} sur papier photo 9×13 cm (3,5×5 pouces). { imaging-sheet-print-hint }
imaging-sheet-caption-a4 = { $copies ->
    [one] { $copies } exemplaire
   *[other] { $copies } exemplaires
} sur papier A4. { imaging-sheet-print-hint }
imaging-sheet-caption-letter = { $copies ->
    [one] { $copies } exemplaire
   *[other] { $copies } exemplaires
} sur papier US Letter. { imaging-sheet-print-hint }
imaging-sheet-print-hint = Imprimez à 100 % (« taille réelle », pas « ajuster à la page »), puis découpez le long des lignes grises.
