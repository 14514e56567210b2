# The print sheet's label and QR code: what cannot be printed (bot/imaging/sheet_extras.py).
sheet-label-invisible = Cette étiquette n’imprimerait rien : tapez des lettres ou des chiffres.
sheet-qr-too-dense = Ce code QR serait imprimé trop petit pour qu’un téléphone le lise. Limitez-vous à environ { $chars } caractères ; un lien court est l’idéal.
