## Photo specifications: document words, titles, the requirements message, custom sizes, diagram.

## Document kinds (the first word of a title: "Passeport Allemagne").
specs-doc-passport = Passeport
specs-doc-visa = Visa
specs-doc-schengen-visa = Visa Schengen
specs-doc-evisa = Visa électronique
specs-doc-visa-on-arrival = Visa à l’arrivée
specs-doc-id-card = Carte d’identité
specs-doc-internal-passport = Passeport intérieur
specs-doc-residence-permit = Titre de séjour
specs-doc-green-card = Carte verte
specs-doc-dv-lottery = Loterie de la carte verte
specs-doc-pr-card = Carte PR
specs-doc-oci-card = Carte OCI
specs-doc-citizenship = Naturalisation
specs-doc-driving-licence = Permis de conduire
specs-doc-police-certificate = Extrait de casier judiciaire
specs-doc-pan-card = Carte PAN
specs-doc-voter-id = Carte d’électeur
specs-doc-custom = Taille personnalisée

specs-title = { $document } { $country }
specs-title-variant = { $document } { $country } ({ $variant })
specs-title-custom = Taille personnalisée { $size }

## Sizes.
specs-size-mm = { $width }×{ $height } mm
specs-size-in = { $width }×{ $height } pouces
specs-size-px = { $width }×{ $height } pixels

## Background colours.
specs-colour-white = blanc
specs-colour-off-white = blanc cassé
specs-colour-light-grey = gris clair
specs-colour-grey = gris
specs-colour-cream = crème
specs-colour-beige = beige
specs-colour-light-blue = bleu clair
specs-colour-blue = bleu
specs-colour-red = rouge
specs-colour-other = couleur personnalisée

## The requirements message, one line each.
specs-req-size = 📐 { $size }
specs-req-size-digital = 📐 Photo numérique, { $size }
specs-req-head = 👤 Tête, du menton au sommet du crâne : { $min }–{ $max } mm
specs-req-head-pct = 👤 Tête, du menton au sommet du crâne : { $min }–{ $max } % de la hauteur
specs-req-eyes = 👁 Yeux : { $min }–{ $max } mm au-dessus du bord inférieur
specs-req-head-top = ⬆️ Espace au-dessus de la tête : { $min }–{ $max } mm
specs-req-background = 🎨 Fond : { $colours }
specs-req-file = 💾 Fichier { $format }
specs-req-file-limit = 💾 Fichier { $format }, au poids accepté par le formulaire en ligne
specs-req-rules = 🙂 { $rules }
specs-rule-no-glasses = sans lunettes
specs-rule-glasses-clear = lunettes à verres clairs acceptées si les yeux sont bien visibles
specs-rule-neutral = expression neutre, bouche fermée
specs-rule-smile-ok = un léger sourire est accepté
specs-rule-recent = { $months ->
    [one] prise au cours du dernier mois
   *[other] prise au cours des { $months } derniers mois
}

## Warnings shown with a spec.
specs-warning-office-capture = ⚠️ L’administration peut prendre cette photo elle-même lors de votre rendez-vous. Vérifiez avant d’en imprimer ou d’en payer une.
specs-warning-de-e-photo = ⚠️ Depuis mai 2025, les photos du passeport et de la carte d’identité allemands sont prises au bureau des citoyens (Bürgeramt) ou y sont transmises numériquement par un photographe agréé ; les photos imprimées ne sont plus acceptées.
specs-warning-no-edit = ⚠️ Les photos dont le fond a été retouché ou remplacé sont refusées. Prenez le selfie devant un mur clair et uni, et gardez ce fond.
specs-warning-photographer = ⚠️ Doit être prise par un photographe professionnel, qui inscrit le nom du studio et la date au dos.
specs-warning-hijab = ⚠️ Les femmes doivent porter un foulard (hijab) ; tout le visage doit rester visible.
specs-warning-size-disputed = ⚠️ Les sources ne s’accordent pas sur la taille : certaines indiquent { $size }. Vérifiez auprès du service qui reçoit votre demande.

## Custom sizes.
specs-custom-error-format = Je n’ai pas pu lire « { $text } » comme une taille de photo. Essayez 35x45mm, 2x2in ou 600x800px.
specs-custom-error-unit = « { $text } », c’est en millimètres, en pouces ou en pixels ? Ajoutez l’unité, par ex. { $example }, 2x2in ou 600x800px.
specs-custom-error-mm-range = Chaque côté doit mesurer entre { $min } et { $max } mm.
specs-custom-error-px-range = Chaque côté doit mesurer entre { $min } et { $max } pixels.
specs-custom-error-landscape = C’est plus large que haut, or les photos d’identité sont verticales. Vouliez-vous dire { $suggestion } ?
specs-custom-error-ratio = Ce format est trop étroit pour une photo de visage : largeur ÷ hauteur doit être entre { $min } et { $max }.
specs-custom-error-dpi = La résolution doit être comprise entre { $min } et { $max } dpi.
specs-custom-error-too-big = À { $dpi } dpi, cela fait { $width }×{ $height } pixels, au-delà de la limite de { $max } px. Choisissez moins de dpi.

## Diagram labels.
specs-diagram-side = { $value } mm
specs-diagram-side-px = { $value } px
specs-diagram-head = tête { $min }–{ $max } mm
specs-diagram-eyes = yeux { $min }–{ $max } mm
specs-diagram-head-pct = tête { $min }–{ $max } %
specs-diagram-eyes-pct = yeux { $min }–{ $max } %
