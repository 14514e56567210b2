# What a final that did not arrive cost, said truthfully (handlers/jobs.py, issue #13).
final-retry = { $reason } Tap “Get the final photo” to try again.
final-charged-retry = { $reason } Your photo was made and paid for once: tap “Get the final photo” to get it — you won’t be charged again.
final-pending = The photo service is still making your final photo. Tap “Get the final photo” in a minute to get it — you won’t be charged twice.
final-charged-unusable = { $reason } The photo service had already charged for this photo once; asking again with the same settings costs nothing more.
