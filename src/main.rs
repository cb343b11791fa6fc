fn main() {
    aa_decision_aid::start();
}
