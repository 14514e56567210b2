## Pantallas del flujo de dos toques (issues #19, #20): un mensaje por pantalla, palabras sencillas.

screens-photo-received = Foto recibida.
screens-previewing = ⏳ Creando tu vista previa gratis…
screens-preview-below = ⬇️ Tu vista previa gratis está abajo.
screens-finalizing = ⏳ Creando tu foto final y la hoja para imprimir; llegarán abajo como archivos.
screens-preview-caption =
    Vista previa gratis (con marca de agua) — { $spec }
    { $size } · fondo: { $background } · { $outfit } · retoques: { $touchups }
screens-final-free = La foto final y una hoja { $paper } para imprimir son gratis.
screens-final-stars = La foto final y una hoja para imprimir: { $stars } ⭐ (Telegram Stars). Si no se pueden entregar, tus Stars vuelven automáticamente.
screens-finals-left = La foto final y una hoja { $paper } para imprimir son gratis: te quedan { $left } de { $count } fotos gratis { $period ->
        [day] hoy
        [week] esta semana
       *[month] este mes
    }.
screens-bg-warning = ⚠️ { $spec } pide fondo { $required }: una foto con este fondo puede ser rechazada.
screens-choose-background =
    ¿Color de fondo? { $spec } pide: { $required }.
    Los colores marcados con ⚠️ no se aceptan para este documento.
btn-bg-ok = ✓ { $color }
btn-bg-warn = ⚠️ { $color }
screens-choose-outfit = ¿Ropa? Mantén la tuya o ponte un atuendo formal.
screens-confirm-final =
    ¿Hacer la foto final?
    Recibirás la foto y una hoja { $paper } para imprimir como archivos (sin compresión).
screens-done = ¡Listo! ¿Necesitas otro documento con la misma foto? Se empieza otra vez con una vista previa gratis.
