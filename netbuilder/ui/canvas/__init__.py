"""The network drawn as a picture: layers as columns of neurons (or blocks), connections as edges."""
