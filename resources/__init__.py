"""Data files shipped with NetBuilder: example networks, MNIST, icons, translations."""
