# What a final that did not arrive cost, said truthfully (handlers/jobs.py, issue #13).
final-retry = { $reason } Toca “Obtener la foto final” para intentarlo de nuevo.
final-charged-retry = { $reason } Tu foto ya está hecha y se cobró una sola vez: toca “Obtener la foto final” para recibirla; no se te volverá a cobrar.
final-pending = El servicio de fotos aún está haciendo tu foto final. Toca “Obtener la foto final” en un minuto para recibirla; no se te cobrará dos veces.
final-charged-unusable = { $reason } El servicio de fotos ya cobró esta foto una vez; pedirla de nuevo con los mismos ajustes no cuesta nada más.
