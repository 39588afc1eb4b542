// Terminal layer: being written.
