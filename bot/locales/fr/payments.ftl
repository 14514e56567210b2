## Telegram Stars (issue 15).
btn-pay-final = ✅ Obtenir la photo finale · { $stars } ⭐
pay-invoice-title = Photo d’identité : { $document }
pay-invoice-description = { $document }, { $size } : la photo finale sans filigrane et une planche à imprimer, envoyées ici en fichiers. Remboursé automatiquement si elles ne peuvent pas être livrées.
pay-invoice-label = Photo finale
pay-declined-session = Cette facture concerne une photo qui n’est plus ouverte. Renvoyez votre photo pour obtenir une nouvelle facture.
pay-declined-options = Les options ont changé depuis l’envoi de cette facture. Touchez de nouveau « Obtenir la photo finale » pour une nouvelle facture.
pay-declined-paid = Cette photo finale est déjà payée : elle est en cours ou vous a été envoyée.
pay-declined-invalid = Cette facture n’est plus valable. Touchez « Obtenir la photo finale » pour en obtenir une nouvelle.
pay-declined-error = Le paiement n’a pas pu être vérifié pour l’instant. Rien ne vous a été facturé ; veuillez réessayer.
pay-received = Paiement reçu : { $stars } ⭐. Merci !
pay-refunded = Votre photo finale n’a pas pu être livrée : vos { $stars } ⭐ vous ont été remboursées. { $reason }
pay-refund-pending = Votre photo finale n’a pas pu être livrée. Vos { $stars } ⭐ vont vous être remboursées ; sinon, écrivez /paysupport.
pay-refunded-by-operator = L’opérateur du bot vous a remboursé votre paiement de { $stars } ⭐.
pay-not-available = Le paiement n’est plus possible pour cette photo. Renvoyez votre photo pour recommencer.
cmd-paysupport = Aide pour les paiements
cmd-terms = Ce que vous achetez et la règle de remboursement
paysupport =
    Aide pour les paiements
    Chaque photo finale est payée une seule fois, en Telegram Stars. Si elle ne peut pas être livrée, les Stars sont remboursées automatiquement et en totalité.
    Questions ou problèmes : { $contact }. Indiquez l’identifiant du paiement ci-dessous.
    Vos paiements :
    { $payments }
paysupport-contact-unset = écrivez à l’opérateur de ce bot
paysupport-line = { $date } · { $stars } ⭐ · { $status ->
        [paid] payé
        [delivering] en cours
        [delivered] livré
        [refund_pending] remboursement en cours
       *[refunded] remboursé
    } · { $charge }
paysupport-none = (aucun paiement pour l’instant)
terms =
    Conditions
    Ce que vous achetez : une photo d’identité finale pour le document et les options de votre aperçu gratuit, sans filigrane, et une planche à imprimer, envoyées dans ce chat en fichiers.
    Prix : { $stars } ⭐ (Telegram Stars), affiché sur le bouton et sur la facture avant le paiement. Les aperçus sont gratuits.
    Remboursement : si la photo finale ne peut pas être faite ou livrée, vos Stars sont remboursées automatiquement et en totalité. Une photo livrée n’est pas remboursée automatiquement ; en cas de problème, écrivez /paysupport.
    Le bot vérifie la photo selon les règles de taille publiées pour le document ; l’administration qui la reçoit a le dernier mot.
terms-free =
    Conditions
    Les photos finales sont gratuites sur ce bot : rien n’est vendu et rien ne vous est facturé.
    Le bot vérifie la photo selon les règles de taille publiées pour le document ; l’administration qui la reçoit a le dernier mot.
cmd-sponsor = Payer les photos des membres sur le budget du groupe
sponsor-on = C’est fait : les membres de « { $group } » obtiennent leurs photos finales sans payer ; le budget du groupe les paie.
sponsor-off = C’est fait : les membres de « { $group } » paient désormais eux-mêmes leurs photos finales en Stars.
sponsor-usage = Utilisez /sponsor on ou /sponsor off. Actuellement : { $status ->
        [on] activé
       *[off] désactivé
    }.
ops-stars =
    Stars aujourd’hui : reçues { $d_received }, remboursées { $d_refunded }, net { $d_net } ⭐.
    Stars ce mois-ci : reçues { $m_received }, remboursées { $m_refunded }, net { $m_net } ⭐.
    Derniers jours :
    { $days }
    Derniers mois :
    { $months }
ops-stars-line = { $period } : +{ $received } −{ $refunded } = { $net } ⭐
ops-stars-none = (aucune)
ops-refund-usage = Utilisation : /ops refund <telegram payment charge id>
ops-refund-unknown = Aucun paiement n’a l’identifiant { $charge }.
ops-refund-done = { $stars } ⭐ remboursées à l’utilisateur { $user } (paiement { $charge }).
ops-refund-already = Le paiement { $charge } est déjà remboursé.
ops-refund-failed = Telegram a refusé le remboursement de { $charge } : { $error }
