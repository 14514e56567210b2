## Telegram Stars (issue 15).
btn-pay-final = ✅ Obtener la foto final · { $stars } ⭐
pay-invoice-title = Foto de documento: { $document }
pay-invoice-description = { $document }, { $size }: la foto final sin marca de agua y una hoja para imprimir, enviadas aquí como archivos. Reembolso automático si no se pueden entregar.
pay-invoice-label = Foto final
pay-declined-session = Esta factura es de una foto que ya no está abierta. Envía tu foto otra vez para recibir una factura nueva.
pay-declined-options = Las opciones cambiaron después de enviar esta factura. Toca “Obtener la foto final” otra vez para recibir una nueva.
pay-declined-paid = Esta foto final ya está pagada: se está haciendo o ya se te envió.
pay-declined-invalid = Esta factura ya no es válida. Toca “Obtener la foto final” para recibir una nueva.
pay-declined-error = Ahora mismo no se pudo comprobar el pago. No se te cobró nada; inténtalo de nuevo.
pay-received = Pago recibido: { $stars } ⭐. ¡Gracias!
pay-refunded = Tu foto final no se pudo entregar, así que tus { $stars } ⭐ se han reembolsado. { $reason }
pay-refund-pending = Tu foto final no se pudo entregar. Tus { $stars } ⭐ se reembolsarán en breve; si no llegan, escribe /paysupport.
pay-refunded-by-operator = El operador del bot te ha reembolsado el pago de { $stars } ⭐.
pay-not-available = Ya no se puede pagar esta foto. Envía tu foto otra vez para empezar de nuevo.
cmd-paysupport = Ayuda con los pagos
cmd-terms = Qué compras y la regla de reembolso
paysupport =
    Ayuda con los pagos
    Cada foto final se paga una sola vez, en Telegram Stars. Si no se puede entregar, las Stars se reembolsan automáticamente y por completo.
    Preguntas o problemas: { $contact }. Indica el identificador del pago que aparece abajo.
    Tus pagos:
    { $payments }
paysupport-contact-unset = escribe al operador de este bot
paysupport-line = { $date } · { $stars } ⭐ · { $status ->
        [paid] pagado
        [delivering] en preparación
        [delivered] entregado
        [refund_pending] reembolso en curso
       *[refunded] reembolsado
    } · { $charge }
paysupport-none = (todavía no hay pagos)
terms =
    Condiciones
    Qué compras: una foto final para el documento y las opciones de tu vista previa gratuita, sin marca de agua, y una hoja para imprimir, enviadas a este chat como archivos.
    Precio: { $stars } ⭐ (Telegram Stars), indicado en el botón y en la factura antes de pagar. Las vistas previas son gratis.
    Reembolsos: si la foto final no se puede hacer o entregar, tus Stars se reembolsan automáticamente y por completo. Una foto entregada no se reembolsa automáticamente; si algo está mal, escribe /paysupport.
    El bot comprueba la foto con las reglas de tamaño publicadas para el documento; la última palabra la tiene la autoridad que la recibe.
terms-free =
    Condiciones
    Las fotos finales son gratis en este bot: no se vende nada ni se te cobra nada.
    El bot comprueba la foto con las reglas de tamaño publicadas para el documento; la última palabra la tiene la autoridad que la recibe.
cmd-sponsor = Pagar las fotos de los miembros con el presupuesto del grupo
sponsor-on = Hecho: los miembros de “{ $group }” reciben sus fotos finales sin pagar; las paga el presupuesto del grupo.
sponsor-off = Hecho: los miembros de “{ $group }” ahora pagan sus fotos finales en Stars.
sponsor-usage = Usa /sponsor on o /sponsor off. Ahora: { $status ->
        [on] activado
       *[off] desactivado
    }.
ops-stars =
    Stars hoy: recibidas { $d_received }, reembolsadas { $d_refunded }, neto { $d_net } ⭐.
    Stars este mes: recibidas { $m_received }, reembolsadas { $m_refunded }, neto { $m_net } ⭐.
    Últimos días:
    { $days }
    Últimos meses:
    { $months }
ops-stars-line = { $period }: +{ $received } −{ $refunded } = { $net } ⭐
ops-stars-none = (ninguna)
ops-refund-usage = Uso: /ops refund <telegram payment charge id>
ops-refund-unknown = Ningún pago tiene el identificador { $charge }.
ops-refund-done = Reembolsadas { $stars } ⭐ al usuario { $user } (pago { $charge }).
ops-refund-already = El pago { $charge } ya está reembolsado.
ops-refund-failed = Telegram rechazó el reembolso de { $charge }: { $error }
