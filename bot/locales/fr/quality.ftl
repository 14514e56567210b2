quality-all-passed = ✅ La photo a passé tous les contrôles.
quality-more = …et { $count ->
    [one] un autre problème
   *[other] { $count } autres problèmes
}
quality-upload-intro = Cette photo risque d'être refusée :
quality-upload-choice = Vous pouvez envoyer une autre photo ou continuer avec celle-ci.
quality-pose-yaw = Votre tête est tournée de { $degrees }° sur le côté : regardez l'appareil bien en face.
quality-pose-pitch = Votre menton est incliné de { $degrees }° vers le haut ou le bas : gardez la tête droite.
quality-pose-roll = Votre tête est penchée de { $degrees }° : elle sera redressée, mais tenez-la droite pour un meilleur résultat.
quality-eyes-open = Vos yeux semblent fermés ou mi-clos : gardez les deux yeux bien ouverts.
quality-gaze = Vous semblez regarder sur le côté : regardez droit dans l'objectif.
quality-mouth-open = Votre bouche est ouverte : fermez-la.
quality-expression = Ce document exige une expression neutre : pas de sourire, bouche fermée.
quality-glasses = Vous semblez porter des lunettes : vérifiez qu'il n'y a aucun reflet et que la monture ne cache pas les yeux, ou retirez-les.
quality-glasses-forbidden = Retirez vos lunettes : ce document ne les autorise pas.
quality-lighting-exposure-low = Votre visage est trop sombre : placez-vous face à une fenêtre ou une lampe.
quality-lighting-exposure-high = Votre visage est trop clair : évitez le soleil direct ou le flash.
quality-lighting-clipped = Des parties de votre visage sont brûlées par la lumière : évitez le soleil direct ou le flash.
quality-lighting-uneven = Un côté de votre visage est dans l'ombre : mettez-vous face à la lumière pour un éclairage égal des deux côtés.
quality-colour-cast-low = Les couleurs sont trop bleues : prenez la photo à la lumière du jour, pas sous une lumière colorée.
quality-colour-cast-high = Les couleurs sont trop vertes : prenez la photo à la lumière du jour, pas sous une lumière colorée.
quality-colour-none = La photo semble en noir et blanc : les photos d'identité doivent être en couleur.
quality-sharpness = La photo est floue : tenez l'appareil immobile, faites la mise au point sur votre visage et nettoyez l'objectif.
quality-compression = La photo est très compressée (des carrés apparaissent) : envoyez la photo originale en tant que fichier.
quality-resolution = La photo a trop peu de pixels pour un résultat net : rapprochez-vous ou utilisez l'appareil principal.
quality-leftovers = Des morceaux de l'ancien fond peuvent rester autour de la tête ou des épaules ({ $percent } %) : un mur uni derrière vous donne un résultat net.
