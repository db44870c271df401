#!/bin/bash
echo hola