# What a final that did not arrive cost, said truthfully (handlers/jobs.py, issue #13).
final-retry = { $reason } Touchez « Obtenir la photo finale » pour réessayer.
final-charged-retry = { $reason } Votre photo est faite et n’a été facturée qu’une fois : touchez « Obtenir la photo finale » pour la recevoir, sans nouvelle facturation.
final-pending = Le service photo prépare encore votre photo finale. Touchez « Obtenir la photo finale » dans une minute pour la recevoir ; rien ne sera facturé deux fois.
final-charged-unusable = { $reason } Le service photo a déjà facturé cette photo une fois ; la redemander avec les mêmes réglages ne coûte rien de plus.
