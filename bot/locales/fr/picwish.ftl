# PicWish (ID photo service) errors, shown to the user.

picwish-error = Un problème est survenu pendant la création de votre photo. Réessayez dans une minute.
picwish-bad-setting = Le réglage « { $field } » n’est pas valide (valeurs possibles : { $allowed }). Choisissez une autre valeur.
picwish-no-image = Envoyez-moi d’abord une photo.
picwish-image-too-large = Cette photo fait { $size_mb } MB ; la limite est de { $limit_mb } MB. Envoyez une photo plus légère, ou envoyez-la compressée (en photo, pas en fichier).
picwish-image-too-many-pixels = Cette photo fait { $width }×{ $height } pixels ; la limite est de { $limit }×{ $limit }. Envoyez une photo plus petite.
picwish-image-unsupported = Je ne peux pas utiliser ce type de fichier. Envoyez une photo JPG, PNG, WEBP, BMP ou TIFF.
picwish-invalid-image = Je n’ai pas pu lire ceci comme une photo. Envoyez une photo nette d’un seul visage, regardant l’objectif.
picwish-task-failed = Le service photo n’a pas pu traiter cette photo (code { $state }). Essayez-en une autre : une seule personne, face à l’objectif, sous une lumière uniforme. Rien ne vous a été facturé.
picwish-timeout = Le service photo met trop de temps à répondre. Réessayez dans une minute. Rien ne vous a été facturé.
picwish-outcome-unknown = J’ai perdu le contact avec le service photo pendant qu’il traitait votre photo. Attendez une minute avant de réessayer.
picwish-busy = Le service photo est surchargé en ce moment. Réessayez dans une minute.
picwish-unreachable = Je n’arrive pas à joindre le service photo pour le moment. Réessayez dans quelques minutes.
picwish-unavailable = Le service photo est indisponible pour le moment à cause d’un problème de notre côté. Réessayez plus tard.
picwish-rejected = Le service photo n’a pas accepté cette demande. Essayez une autre photo ou d’autres réglages.
picwish-last-id-expired = Le service photo ne conserve plus votre photo précédente. Envoyez-la à nouveau.
picwish-download-failed = Votre photo est prête, mais je n’ai pas pu la télécharger à temps. Réessayez.
