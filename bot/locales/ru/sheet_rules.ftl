# The print sheet's label and QR code: what cannot be printed (bot/imaging/sheet_extras.py).
sheet-label-invisible = Такая подпись ничего не напечатает: введите буквы или цифры.
sheet-qr-too-dense = Такой QR-код получится слишком мелким, телефон его не прочитает. Уложитесь примерно в { $chars } символов — лучше всего короткая ссылка.
