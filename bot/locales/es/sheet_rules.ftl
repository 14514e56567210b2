# The print sheet's label and QR code: what cannot be printed (bot/imaging/sheet_extras.py).
sheet-label-invisible = Esa etiqueta no imprimiría nada: escribe letras o números.
sheet-qr-too-dense = Ese código QR saldría demasiado pequeño para que un teléfono lo lea. Usa unos { $chars } caracteres como máximo; lo mejor es un enlace corto.
