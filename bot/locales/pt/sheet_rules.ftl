# The print sheet's label and QR code: what cannot be printed (bot/imaging/sheet_extras.py).
sheet-label-invisible = Essa etiqueta não imprimiria nada: digite letras ou números.
sheet-qr-too-dense = Esse código QR sairia pequeno demais para um celular ler. Use até uns { $chars } caracteres — um link curto é o ideal.
