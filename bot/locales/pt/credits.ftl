# What a final that did not arrive cost, said truthfully (handlers/jobs.py, issue #13).
final-retry = { $reason } Toque em “Obter a foto final” para tentar de novo.
final-charged-retry = { $reason } Sua foto foi feita e cobrada uma só vez: toque em “Obter a foto final” para recebê-la — nada será cobrado de novo.
final-pending = O serviço de fotos ainda está fazendo sua foto final. Toque em “Obter a foto final” em um minuto para recebê-la — nada será cobrado duas vezes.
final-charged-unusable = { $reason } O serviço de fotos já cobrou esta foto uma vez; pedir de novo com as mesmas configurações não custa nada a mais.
