## Limits: said when a final or a preview cannot be made now.
limit-daily-credits = Le bot a atteint la limite de photos finales pour aujourd’hui. Réessayez après { $reset }.
limit-user-finals = Vous avez fait { $count ->
        [one] { $count } photo finale
       *[other] { $count } photos finales
    } { $period ->
        [day] aujourd’hui
        [week] cette semaine
        [month] ce mois-ci
       *[other] sur cette période ({ $period })
    } : c’est la limite. Elle sera réinitialisée le { $reset }. Les aperçus gratuits restent disponibles.
limit-group-quota = « { $group } » autorise { $count ->
        [one] { $count } photo finale
       *[other] { $count } photos finales
    } par membre { $period ->
        [day] et par jour
        [week] et par semaine
        [month] et par mois
       *[other] et par période ({ $period })
    }, et vous les avez utilisées. Réinitialisation le { $reset }.
limit-group-budget = « { $group } » a épuisé son budget photo pour ce mois. Il sera renouvelé le { $reset } ; adressez-vous aux administrateurs du groupe.
limit-group-disabled = Les administrateurs de « { $group } » ont mis en pause le bot photo pour le groupe.
limit-previews = Déjà { $count ->
        [one] { $count } aperçu
       *[other] { $count } aperçus
    } en une heure — faites une petite pause. Vous pourrez relancer un aperçu à partir de { $reset }.

## Groups.
group-open-private = Les photos se font en discussion privée, votre selfie n’apparaît donc jamais dans le groupe. Touchez ci-dessous pour commencer.
group-open-button = 📷 Faire ma photo d’identité
group-disabled = Le bot photo est en pause dans ce groupe. Un administrateur peut le réactiver avec /enable.
group-admins-only = Désolé, seuls les administrateurs du groupe peuvent modifier les réglages photo.
group-setspec-usage = Indiquez à quoi servent les photos du groupe, par ex. /setspec passeport France (ou une taille : /setspec 35x45mm).
group-setspec-pick = Choisissez le document du groupe :
group-spec-set = C’est fait : les membres obtiendront { $spec } par défaut.
group-setbg-usage = Indiquez une couleur en code hexadécimal, par ex. /setbg FFFFFF (ou /setbg off).
group-bg-set = C’est fait : le fond par défaut est { $color }.
group-bg-cleared = C’est fait : les membres choisissent eux-mêmes le fond.
group-quota-usage = Exemple : /quota 2 per month (photos finales par membre), ou /quota off.
group-quota-set = C’est fait : chaque membre peut faire { $count ->
        [one] { $count } photo finale
       *[other] { $count } photos finales
    } { $period ->
        [day] par jour
        [week] par semaine
        [month] par mois
       *[other] par période ({ $period })
    }.
group-quota-cleared = C’est fait : pas de limite par membre.
group-budget-usage = Exemple : /budget 300 per month (crédits que le groupe peut dépenser), ou /budget off.
group-budget-set = C’est fait : le groupe peut dépenser { $credits ->
        [one] { $credits } crédit
       *[other] { $credits } crédits
    } par mois.
group-budget-cleared = C’est fait : pas de budget mensuel.
group-enabled = Le bot photo est activé dans ce groupe.
group-disabled-now = Le bot photo est en pause dans ce groupe.
group-settings =
    Réglages photo de « { $group } » :
    État : { $status }
    Document : { $spec }
    Fond : { $background }
    Photos finales par membre : { $quota }
    Budget mensuel : { $budget }
group-status-on = activé
group-status-off = en pause
group-not-set = non défini
group-quota-value = { $count } { $period ->
        [day] par jour
        [week] par semaine
        [month] par mois
       *[other] par période ({ $period })
    }
group-budget-value = { $spent } sur { $credits ->
        [one] { $credits } crédit utilisés
       *[other] { $credits } crédits utilisés
    }
group-stats =
    Ce mois-ci dans « { $group } » :
    Membres servis : { $users }
    Aperçus : { $previews }
    Photos finales : { $finals }
    Crédits utilisés : { $credits }

## Operators.
ops-only = Cette commande est réservée aux opérateurs du bot.
ops-summary =
    Aujourd’hui : { $d_previews } aperçus, { $d_finals } finales, { $d_credits } crédits, { $d_failures } échecs, { $d_users } utilisateurs.
    Ce mois-ci : { $m_previews } aperçus, { $m_finals } finales, { $m_credits } crédits, { $m_failures } échecs, { $m_users } utilisateurs.
    Groupes les plus actifs ce mois-ci :
    { $groups }
ops-no-groups = (aucun)
ops-group-line = { $title } ({ $id }) : { $finals } finales, { $credits } crédits
ops-user-usage = Usage : /ops user <telegram user id>
ops-user-history =
    Utilisateur { $id } : { $finals } finales, { $credits } crédits ce mois-ci. Dernières tâches :
    { $lines }
ops-user-line = { $date } { $purpose } état { $state } — { $credits } crédits
ops-user-none = (aucune tâche)

cmd-idphoto = Faire une photo d’identité (ouvre une discussion privée)
cmd-setspec = Document par défaut du groupe
cmd-setbg = Fond par défaut du groupe
cmd-quota = Photos finales par membre et par période
cmd-budget = Budget mensuel de crédits du groupe
cmd-enable = Activer le bot photo dans ce groupe
cmd-disable = Mettre en pause le bot photo dans ce groupe
cmd-settings = Voir les réglages photo du groupe
cmd-stats = Utilisation du groupe ce mois-ci
