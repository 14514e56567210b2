## Telegram Stars (issue 15).
btn-pay-final = ✅ Obter a foto final · { $stars } ⭐
pay-invoice-title = Foto de documento: { $document }
pay-invoice-description = { $document }, { $size }: a foto final sem marca d’água e uma folha para imprimir, enviadas aqui como arquivos. Reembolso automático se não puderem ser entregues.
pay-invoice-label = Foto final
pay-declined-session = Esta fatura é de uma foto que não está mais aberta. Envie sua foto de novo para receber uma nova fatura.
pay-declined-options = As opções mudaram depois que esta fatura foi enviada. Toque em “Obter a foto final” de novo para uma nova fatura.
pay-declined-paid = Esta foto final já está paga: está sendo feita ou já foi enviada a você.
pay-declined-invalid = Esta fatura não é mais válida. Toque em “Obter a foto final” para receber uma nova.
pay-declined-error = Não foi possível verificar o pagamento agora. Nada foi cobrado; tente de novo.
pay-received = Pagamento recebido: { $stars } ⭐. Obrigado!
pay-refunded = Sua foto final não pôde ser entregue, então suas { $stars } ⭐ foram reembolsadas. { $reason }
pay-refund-pending = Sua foto final não pôde ser entregue. Suas { $stars } ⭐ serão reembolsadas em breve; se não chegarem, escreva /paysupport.
pay-refunded-by-operator = O operador do bot reembolsou seu pagamento de { $stars } ⭐.
pay-not-available = Não é mais possível pagar por esta foto. Envie sua foto de novo para recomeçar.
cmd-paysupport = Ajuda com pagamentos
cmd-terms = O que você compra e a regra de reembolso
paysupport =
    Ajuda com pagamentos
    Cada foto final é paga uma única vez, em Telegram Stars. Se não puder ser entregue, as Stars são reembolsadas automaticamente e por inteiro.
    Dúvidas ou problemas: { $contact }. Informe o identificador do pagamento mostrado abaixo.
    Seus pagamentos:
    { $payments }
paysupport-contact-unset = escreva para o operador deste bot
paysupport-line = { $date } · { $stars } ⭐ · { $status ->
        [paid] pago
        [delivering] em produção
        [delivered] entregue
        [refund_pending] reembolso em andamento
       *[refunded] reembolsado
    } · { $charge }
paysupport-none = (nenhum pagamento ainda)
terms =
    Termos
    O que você compra: uma foto final para o documento e as opções da sua prévia grátis, sem marca d’água, e uma folha para imprimir, enviadas neste chat como arquivos.
    Preço: { $stars } ⭐ (Telegram Stars), mostrado no botão e na fatura antes de pagar. As prévias são grátis.
    Reembolso: se a foto final não puder ser feita ou entregue, suas Stars são reembolsadas automaticamente e por inteiro. Uma foto entregue não é reembolsada automaticamente; se algo estiver errado, escreva /paysupport.
    O bot confere a foto com as regras de tamanho publicadas para o documento; a palavra final é do órgão que a recebe.
terms-free =
    Termos
    As fotos finais são grátis neste bot: nada é vendido e nada é cobrado de você.
    O bot confere a foto com as regras de tamanho publicadas para o documento; a palavra final é do órgão que a recebe.
cmd-sponsor = Pagar as fotos dos membros com o orçamento do grupo
sponsor-on = Pronto: os membros de “{ $group }” recebem suas fotos finais sem pagar; o orçamento do grupo paga por elas.
sponsor-off = Pronto: os membros de “{ $group }” agora pagam suas fotos finais em Stars.
sponsor-usage = Use /sponsor on ou /sponsor off. Agora: { $status ->
        [on] ligado
       *[off] desligado
    }.
ops-stars =
    Stars hoje: recebidas { $d_received }, reembolsadas { $d_refunded }, líquido { $d_net } ⭐.
    Stars neste mês: recebidas { $m_received }, reembolsadas { $m_refunded }, líquido { $m_net } ⭐.
    Últimos dias:
    { $days }
    Últimos meses:
    { $months }
ops-stars-line = { $period }: +{ $received } −{ $refunded } = { $net } ⭐
ops-stars-none = (nenhuma)
ops-refund-usage = Uso: /ops refund <telegram payment charge id>
ops-refund-unknown = Nenhum pagamento tem o identificador { $charge }.
ops-refund-done = Reembolsadas { $stars } ⭐ ao usuário { $user } (pagamento { $charge }).
ops-refund-already = O pagamento { $charge } já foi reembolsado.
ops-refund-failed = O Telegram recusou o reembolso de { $charge }: { $error }
