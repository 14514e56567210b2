# The print sheet's label and QR code: what cannot be printed (bot/imaging/sheet_extras.py).
sheet-label-invisible = That label would print nothing: type some letters or numbers.
sheet-qr-too-dense = That QR code would print too small for a phone to scan. Keep it to about { $chars } characters — a short link works best.
