fn main() {
    println!("mekong-atlas");
}
