## /privacy: what the bot keeps, why, for how long, who else gets the photo (bot/privacy.py).
privacy-title = Privacidad: lo que este bot guarda sobre ti
privacy-photos = • Tu foto y las fotos terminadas: cifradas en el servidor del bot y borradas a las { $hours } h; se guardan como máximo { $count } subidas (y { $count } fotos terminadas).
privacy-photos-unlimited = • Tu foto y las fotos terminadas: cifradas en el servidor del bot y borradas a las { $hours } h.
privacy-choices = • Lo que eliges al hacer una foto (documento, fondo, opciones): hasta que terminas, usas /cancel o pasas { $minutes } min sin actividad.
privacy-account = • Tu id de usuario de Telegram, cuándo usaste el bot por primera y última vez, y el idioma que elegiste con /language, si lo hiciste.
privacy-ledger = • Para la contabilidad del operador: qué fotos se hicieron y cuánto costaron. Al borrar tus datos estas líneas quedan, sin nada que apunte a ti.
privacy-payments = • Pagos con Stars (monto, fecha, identificador del pago en Telegram): se guardan para poder reembolsar y verificar el pago, también después de /deletedata.
privacy-why = Para qué: para hacer la vista previa y la foto final con una sola subida, reenviar la final si falla la entrega y continuar tras un reinicio. No se usa para nada más.
privacy-picwish = Quién más recibe tu foto (además de Telegram, que transporta el chat): PicWish (picwish.com), el servicio que la recorta y ajusta en sus servidores.
privacy-offline = Quién más recibe tu foto (además de Telegram, que transporta el chat): nadie. Se procesa en el propio servidor del bot.
privacy-delete = Borrar todo ahora: /deletedata (fotos, elecciones y tu registro de usuario).
privacy-contact = Preguntas y solicitudes: { $contact }
privacy-contact-unset = Preguntas y solicitudes: escribe al operador de este bot.
cmd-privacy = Qué se guarda y durante cuánto tiempo
