package vn.danvan.sample

fun main() {
    println("placeholder")
}
