# What a final that did not arrive cost, said truthfully (handlers/jobs.py, issue #13).
final-retry = { $reason } Tippe auf „Fertiges Foto holen“, um es noch einmal zu versuchen.
final-charged-retry = { $reason } Dein Foto ist fertig und wurde einmal berechnet: Tippe auf „Fertiges Foto holen“, um es zu bekommen – es wird nichts erneut berechnet.
final-pending = Der Fotodienst erstellt dein fertiges Foto noch. Tippe in einer Minute auf „Fertiges Foto holen“, um es zu bekommen – es wird nichts doppelt berechnet.
final-charged-unusable = { $reason } Der Fotodienst hat dieses Foto bereits einmal berechnet; eine erneute Anfrage mit denselben Einstellungen kostet nichts mehr.
