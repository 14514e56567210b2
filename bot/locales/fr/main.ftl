## Conversation: the screens a user sees, in order.

welcome =
    Bonjour ! Je crée des photos de passeport, de visa et d’identité conformes aux règles officielles.
    Envoyez-moi un selfie : face à l’objectif, lumière uniforme, fond uni, sans lunettes.
    Pour une qualité optimale, envoyez-le en fichier (📎 → Fichier) : Telegram ne le compressera pas.
welcome-preselected = Sélectionné : { $spec }.
ask-photo = Envoyez-moi une photo de votre visage (en photo, ou en fichier pour une meilleure qualité).
photo-checking = Vérification de votre photo…
photo-compressed-tip = Astuce : Telegram a compressé cette photo. Pour un résultat plus net, envoyez-la en fichier la prochaine fois.

choose-spec =
    Pour quel document est la photo ?
    Touchez un bouton, ou tapez un pays, un document ou une taille — par ex. « passeport France », « Allemagne », « 35x45mm », « 2x2in ».
spec-search-results = Résultats pour « { $query } » :
spec-search-none = Aucun résultat pour « { $query } ». Essayez un nom de pays, un document (passeport, visa, carte d’identité) ou une taille comme 35x45mm.
bg-white = Blanc
bg-light-grey = Gris clair
bg-blue = Bleu
bg-red = Rouge
bg-gradient = Dégradé bleu → blanc
bg-custom = Autre couleur…
ask-custom-color = Tapez une couleur en code hexadécimal, par ex. 438EDB. Pour un dégradé de haut en bas, tapez-en deux : 438EDB FFFFFF.
custom-color-invalid = « { $text } » n’est pas un code couleur. Utilisez six chiffres hexadécimaux, par ex. 438EDB (ou deux codes pour un dégradé).

outfit-own = Garder mes vêtements
outfit-group-man = Costumes homme
outfit-group-woman = Tenues femme
outfit-group-child = Tenues enfant
outfit-item = { $group ->
    [man] Homme { $number }
    [woman] Femme { $number }
   *[child] Enfant { $number }
}
outfit-pick = Choisissez une tenue :

touchup-bright = Éclaircir : { $level }
touchup-smooth = Lisser la peau : { $level }
touchup-thin_face = Affiner le visage : { $level }
touchup-sharp = Netteté : { $level }
touchup-level = { $level ->
    [0] non
    [1] léger
    [2] moyen
   *[3] fort
}

choose-paper = Planche à imprimer : format et orientation du papier, couleur de la planche et, si vous le souhaitez, une étiquette ou un code QR.
paper-6inch = 6″ (4×6 pouces, 10×15 cm)
paper-5inch = 5″ (3,5×5 pouces)
paper-a4 = A4
paper-letter = US Letter
paper-horizontal = Paysage
paper-vertical = Portrait
paper-current = ✓ { $label }
sheet-canvas-ffffff = Planche blanche
sheet-canvas-eeeeee = Planche gris clair
sheet-canvas-ddeeff = Planche bleu clair
btn-sheet-label = 🏷 Ajouter une étiquette
btn-sheet-label-set = 🏷 Étiquette : { $text }
btn-sheet-qr = 🔳 Ajouter un code QR
btn-sheet-qr-set = 🔳 Code QR ✓
ask-sheet-label = Tapez l’étiquette à imprimer à côté des photos (un nom, une classe…) : 2 lignes de 40 caractères au plus.
ask-sheet-qr = Tapez ce que doit contenir le code QR de la planche : un lien ou un court texte (300 caractères au plus).
btn-sheet-label-none = Pas d’étiquette
btn-sheet-qr-none = Pas de code QR
sheet-label-invalid = Cette étiquette ne tient pas : 2 lignes de { $chars } caractères au plus.
sheet-qr-invalid = Cela ne tient pas dans le code QR : tapez de 1 à { $chars } caractères.

outfit-none = vos vêtements
touchups-none = aucune

btn-change-spec = 📄 Document
btn-change-background = 🎨 Fond
btn-change-outfit = 👔 Tenue
btn-change-touchups = ✨ Retouches
btn-change-paper = 🖨 Papier
btn-final = ✅ Obtenir la photo finale
btn-new-photo = 📷 Nouvelle photo
btn-retry-preview = 🔁 Relancer l’aperçu
btn-back = ← Retour
btn-continue = Continuer →
btn-another-size = 📐 Autre format, même photo
btn-more = Plus →
btn-prev = ← Précédent

final-already-running = Votre photo finale est déjà en préparation — elle arrive dans un instant.
preview-already-running = Je prépare encore votre aperçu — un instant.
final-photo-caption = { $spec } · { $size }
final-failed = { $reason } Rien ne vous a été facturé ; touchez « Obtenir la photo finale » pour réessayer.
final-interrupted = Le bot a redémarré pendant la création de votre photo finale. Touchez « Obtenir la photo finale » pour réessayer.

## General.
help =
    Je transforme un selfie en photo de passeport, de visa ou d’identité, avec une planche à imprimer.
    1. Envoyez une photo de votre visage. 2. Choisissez le document. 3. Choisissez le fond et la tenue.
    4. Vérifiez l’aperçu gratuit. 5. Recevez la photo finale et la planche en fichiers.
    Commandes : /start — commencer, /new — recommencer avec une nouvelle photo, /cancel — arrêter, /deletedata — effacer vos données, /help — ce message.
cancelled = Annulé. Envoyez /start dès que vous avez besoin d’une photo.
nothing-to-cancel = Il n’y a rien à annuler. Envoyez /start pour créer une photo.
menu-expired = Ce menu a expiré. Envoyez /start pour recommencer.
menu-not-yours = Ce menu n’est pas le vôtre — envoyez /idphoto pour obtenir le vôtre.
tap-a-button = Touchez l’un des boutons ci-dessus (ou /cancel pour arrêter).
send-a-photo = Envoyez une photo de votre visage — en photo ou en fichier.
unsupported-message = Je ne peux pas utiliser ceci. Envoyez une photo de votre visage — en photo ou en fichier.
session-timed-out = Votre session a pris fin après une longue pause et votre photo a été supprimée. Envoyez /start pour recommencer.
error-generic = Désolé, un problème est survenu de mon côté. Réessayez dans une minute ou envoyez /start pour recommencer.
data-deleted = C’est fait : vos photos, sessions et données personnelles sont supprimées. Seuls des compteurs d’utilisation anonymes subsistent.
## Command menu descriptions.
cmd-start = Créer une photo de passeport, visa ou identité
cmd-new = Recommencer avec une nouvelle photo
cmd-cancel = Arrêter la photo en cours
cmd-help = Comment ça marche
cmd-deletedata = Effacer mes photos et mes données
photo-expired = Je n’ai plus votre photo (elle est supprimée au bout d’un moment pour protéger votre vie privée). Envoyez-la à nouveau.

## Language.
choose-language = Choisissez votre langue :
language-set = Langue : { $language }.
cmd-language = Changer de langue
