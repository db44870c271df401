#!/bin/bash
if [ -f "$1" ]; then
  cat "$1"