## /privacy: what the bot keeps, why, for how long, who else gets the photo (bot/privacy.py).
privacy-title = Confidentialité : ce que ce bot garde sur vous
privacy-photos = • Votre photo et les photos finales : chiffrées sur le serveur du bot et supprimées après { $hours } h ; au plus { $count } envois (et { $count } photos finales) sont gardés.
privacy-photos-unlimited = • Votre photo et les photos finales : chiffrées sur le serveur du bot et supprimées après { $hours } h.
privacy-choices = • Ce que vous choisissez pendant la création (document, fond, options) : jusqu'à la fin, /cancel, ou { $minutes } min d'inactivité.
privacy-account = • Votre identifiant Telegram, vos première et dernière utilisations du bot, et la langue choisie avec /language, le cas échéant.
privacy-ledger = • Pour la comptabilité de l'opérateur : quelles photos ont été faites et leur coût. Quand vous supprimez vos données, ces lignes restent, sans rien qui vous désigne.
privacy-payments = • Paiements en Stars (montant, date, identifiant du paiement Telegram) : conservés pour pouvoir rembourser et vérifier un paiement, même après /deletedata.
privacy-why = Pourquoi : faire l'aperçu et la photo finale à partir d'un seul envoi, renvoyer la finale si la livraison échoue, et reprendre après un redémarrage. Rien d'autre.
privacy-picwish = Qui d'autre reçoit votre photo (en plus de Telegram, qui transporte la conversation) : PicWish (picwish.com), le service qui la détoure et la met à la taille sur ses serveurs.
privacy-offline = Qui d'autre reçoit votre photo (en plus de Telegram, qui transporte la conversation) : personne. Elle est traitée sur le serveur du bot lui-même.
privacy-delete = Tout supprimer maintenant : /deletedata (photos, choix et votre fiche utilisateur).
privacy-contact = Questions et demandes : { $contact }
privacy-contact-unset = Questions et demandes : écrivez à l'opérateur de ce bot.
cmd-privacy = Ce qui est gardé et combien de temps
